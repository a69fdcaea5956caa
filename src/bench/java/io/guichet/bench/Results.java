package io.guichet.bench;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figures of one run: {@code target/bench/results.md} and its PNG charts, written
 * again after every scenario so that a run cut short keeps what it measured.
 */
final class Results {

	private final Path folder;

	private final Instant started = Instant.now();

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, List<String>> sections = new LinkedHashMap<>();

	/** Named series over the run's time (seconds since start, value). */
	private final Map<String, XYSeries> timelines = new LinkedHashMap<>();

	Results(Path folder) {
		this.folder = folder;
	}

	/** Keycloak 26.7.3's CPU per create + invite (issue 18's peer run, same machine). */
	static final double KEYCLOAK_MILLIS_PER_INVITATION = 7.65;

	/**
	 * One measured line of the main table; {@code cpuPerOperation} (Guichet + PostgreSQL,
	 * ms) for the rows compared with Keycloak, else NaN.
	 */
	record Row(String scenario, String system, int clients, double perSecond, String unit, double p50, double p99,
			double load, String note, double cpuPerOperation) {

		Row(String scenario, String system, int clients, double perSecond, String unit, double p50, double p99,
				double load, String note) {
			this(scenario, system, clients, perSecond, unit, p50, p99, load, note, Double.NaN);
		}

		/** "23.6 ms = 3.09 ×" for create + invite, else empty. */
		String versusKeycloak() {
			return (Double.isNaN(this.cpuPerOperation) || !this.scenario.startsWith("P0")) ? "" : String.format(Locale.ROOT, "%.1f ms = %.2f ×",
					this.cpuPerOperation, this.cpuPerOperation / KEYCLOAK_MILLIS_PER_INVITATION);
		}

	}

	synchronized void add(Row row) {
		this.rows.add(row);
		System.out.printf(Locale.ROOT, "[bench] %s %s clients=%d %.1f %s p50=%.1f ms p99=%.1f ms load=%.2f %s%s%n",
				row.scenario(), row.system(), row.clients(), row.perSecond(), row.unit(), row.p50(), row.p99(),
				row.load(), row.note(), row.versusKeycloak().isEmpty() ? "" : "; vs Keycloak " + row.versusKeycloak());
	}

	synchronized void add(String scenario, String system, Load.Result result, String unit, String note) {
		add(new Row(scenario, system, result.clients(), result.perSecondAverage(), unit, result.p50Millis(),
				result.p99Millis(), result.load(),
				note + ((result.errors() > 0) ? " errors " + result.errors() + " (" + result.firstError() + ")" : "")));
	}

	synchronized List<Row> rows() {
		return List.copyOf(this.rows);
	}

	/** A line of text under a heading of its own. */
	synchronized void note(String section, String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		this.sections.computeIfAbsent(section, (key) -> new ArrayList<>()).add(line);
		System.out.println("[bench] " + section + ": " + line);
	}

	synchronized void point(String series, double seconds, double value) {
		this.timelines.computeIfAbsent(series, XYSeries::new).add(seconds, value);
	}

	double secondsSinceStart() {
		return (System.currentTimeMillis() - this.started.toEpochMilli()) / 1000.0;
	}

	/** Finds a row's CPU per operation (system measured, ms), or NaN. */
	synchronized double cpuPerOperation(String scenario, String system, int clients) {
		return this.rows.stream()
			.filter((row) -> row.scenario().equals(scenario) && row.system().equals(system)
					&& row.clients() == clients)
			.mapToDouble(Row::cpuPerOperation)
			.reduce((first, second) -> second)
			.orElse(Double.NaN);
	}

	/** Finds a row's throughput, or NaN. */
	synchronized double perSecond(String scenario, String system, int clients) {
		return this.rows.stream()
			.filter((row) -> row.scenario().equals(scenario) && row.system().equals(system)
					&& row.clients() == clients)
			.mapToDouble(Row::perSecond)
			.findFirst()
			.orElse(Double.NaN);
	}

	synchronized void write() throws IOException {
		Files.createDirectories(this.folder);
		StringBuilder md = new StringBuilder();
		md.append("# Guichet benchmark\n\n");
		md.append(String.format(Locale.ROOT, "Run started %s; written %s; load average at the end %s (2 cores).%n%n",
				this.started, Instant.now(), Machine.loads()));
		md.append("| scenario | system | clients | per second | unit | p50 ms | p99 ms | load avg"
				+ " | vs Keycloak (7.65 ms/op): CPU of Guichet + PostgreSQL | note |\n");
		md.append("|---|---|---:|---:|---|---:|---:|---:|---|---|\n");
		for (Row row : this.rows) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %s | %s | %s | %.2f | %s | %s |%n",
					row.scenario(), row.system(), row.clients(), row.perSecond(), row.unit(), millis(row.p50()),
					millis(row.p99()), row.load(), row.versusKeycloak(), row.note()));
		}
		this.sections.forEach((heading, lines) -> {
			md.append("\n## ").append(heading).append("\n\n");
			lines.forEach((line) -> md.append("- ").append(line).append('\n'));
		});
		md.append("\nCharts: `throughput.png`, `latency.png`, `mails.png`, `timers.png` beside this file.\n");
		Files.writeString(this.folder.resolve("results.md"), md.toString());
		charts();
	}

	private static String millis(double value) {
		return Double.isNaN(value) || value <= 0 ? "–" : String.format(Locale.ROOT, "%.1f", value);
	}

	private void charts() throws IOException {
		XYSeriesCollection throughput = new XYSeriesCollection();
		Map<String, XYSeries> byScenario = new LinkedHashMap<>();
		DefaultCategoryDataset latency = new DefaultCategoryDataset();
		for (Row row : this.rows) {
			if (row.clients() <= 0 || row.perSecond() <= 0) {
				continue;
			}
			String key = row.scenario() + " " + row.system() + " (" + row.unit() + ")";
			byScenario.computeIfAbsent(key, XYSeries::new).add(row.clients(), row.perSecond());
			if (row.p99() > 0 && !row.system().equals("database")) {
				String category = row.scenario() + " " + row.system() + " ×" + row.clients();
				latency.addValue(row.p50(), "p50", category);
				latency.addValue(row.p99(), "p99", category);
			}
		}
		byScenario.values().forEach(throughput::addSeries);
		JFreeChart chart = ChartFactory.createXYLineChart("Throughput by concurrent clients (2 cores)", "clients",
				"per second (log)", throughput, PlotOrientation.VERTICAL, true, false, false);
		LogAxis logAxis = new LogAxis("per second (log scale)");
		logAxis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
		logAxis.setSmallestValue(0.5);
		chart.getXYPlot().setRangeAxis(logAxis);
		chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
		save(chart, "throughput.png", 1000, 650);
		JFreeChart bars = ChartFactory.createBarChart("Latency of one call (ms)", "scenario, system × clients",
				"ms", latency, PlotOrientation.HORIZONTAL, true, false, false);
		save(bars, "latency.png", 1000, Math.max(400, 40 + 30 * latency.getColumnCount()));
		timeline("mails.png", "E-mails accepted by SMTP per second over the run", "e-mails/s", "e-mails/s");
		timeline("timers.png", "P4: due accesses expired and notices sent", "count", "expired", "notices");
	}

	private void timeline(String file, String title, String axis, String... names) throws IOException {
		XYSeriesCollection data = new XYSeriesCollection();
		for (String name : names) {
			XYSeries series = this.timelines.get(name);
			if (series != null) {
				data.addSeries(series);
			}
		}
		if (data.getSeriesCount() == 0) {
			return;
		}
		save(ChartFactory.createXYLineChart(title, "seconds", axis, data, PlotOrientation.VERTICAL, true, false,
				false), file, 1000, 500);
	}

	private void save(JFreeChart chart, String name, int width, int height) throws IOException {
		chart.getPlot().setBackgroundPaint(Color.WHITE);
		if (chart.getPlot() instanceof XYPlot plot) {
			plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
			plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		}
		else if (chart.getPlot() instanceof CategoryPlot plot) {
			plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		}
		ChartUtils.saveChartAsPNG(new File(this.folder.toFile(), name), chart, width, height);
	}

}
