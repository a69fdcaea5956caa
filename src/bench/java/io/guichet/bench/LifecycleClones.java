package io.guichet.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * P4's accesses beyond the first 500 due and 500 others: copies, by SQL, of one
 * {@code AccessLifecycle} instance of their kind that the engine started (runtime rows: executions,
 * variables, message subscriptions, the timer job; history rows: instance, activities,
 * variables, details, job log), every id of the instance replaced by a new one and the
 * business key by the access. Starting 100,000 instances over {@code /engine-rest} takes
 * half an hour on this machine (the engine's full path, a few tens of milliseconds of CPU
 * each); copies take a minute and leave the same rows, so the job table and the engine's
 * other tables are as large as after 100,000 activations, and a copy's timer fires as
 * the engine's own would.
 */
final class LifecycleClones {

	/** Tables holding an instance's rows, and the column naming the instance. */
	private static final List<String[]> TABLES = List.of(new String[] { "act_ru_execution", "proc_inst_id_" },
			new String[] { "act_ru_variable", "proc_inst_id_" }, new String[] { "act_ru_event_subscr", "proc_inst_id_" },
			new String[] { "act_ru_job", "process_instance_id_" }, new String[] { "act_hi_procinst", "proc_inst_id_" },
			new String[] { "act_hi_actinst", "proc_inst_id_" }, new String[] { "act_hi_varinst", "proc_inst_id_" },
			new String[] { "act_hi_detail", "proc_inst_id_" }, new String[] { "act_hi_job_log", "process_instance_id_" });

	private LifecycleClones() {
	}

	/**
	 * Gives every access of {@code jobTitle}'s contacts without an instance a copy of the
	 * instance {@code template}; answers how many were made.
	 */
	static int copy(Connection connection, String template, String jobTitle) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// a one-off statement: PostgreSQL's JIT compilation would cost more than it saves
			statement.execute("set local jit = off");
			statement.execute("create or replace function pg_temp.bench_clone(doc text, old text[], new text[])"
					+ " returns jsonb language plpgsql immutable as $$ begin"
					+ " for i in 1 .. cardinality(old) loop doc := replace(doc, old[i], new[i]); end loop;"
					+ " return doc::jsonb; end $$");
			// every id the template owns (activity instance ids are "Activity:uuid")
			StringBuilder ids = new StringBuilder();
			for (String[] table : TABLES) {
				ids.append(ids.isEmpty() ? "" : " union ")
					.append("select case when position(':' in id_) > 0 then split_part(id_, ':', 2) else id_ end from ")
					.append(table[0])
					.append(" where ")
					.append(table[1])
					.append(" = ?");
			}
			Array old;
			try (PreparedStatement select = connection.prepareStatement("select array(" + ids + ")")) {
				for (int i = 0; i < TABLES.size(); i++) {
					select.setString(i + 1, template);
				}
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					old = rows.getArray(1);
				}
			}
			int count;
			try (PreparedStatement map = connection.prepareStatement("create temp table bench_clone_map on commit drop"
					+ " as select a.id::text as access_id, array(select gen_random_uuid()::text"
					+ " from generate_series(1, cardinality(?::text[])) where a.id is not null) as ids"
					+ " from portal_access a join contact c on c.id = a.contact_id where c.job_title = ?"
					+ " and not exists (select 1 from act_ru_execution e where e.business_key_ = a.id::text)")) {
				map.setArray(1, old);
				map.setString(2, jobTitle);
				count = map.executeUpdate();
			}
			for (String[] table : TABLES) {
				String businessKey = table[0].equals("act_ru_execution") || table[0].equals("act_hi_procinst")
						? " || case when t.business_key_ is not null then jsonb_build_object('business_key_',"
								+ " m.access_id) else '{}'::jsonb end"
						: "";
				// lateral: "(f(...)).*" would call f once per column
				try (PreparedStatement insert = connection.prepareStatement("insert into " + table[0]
						+ " select r.* from " + table[0] + " t cross join bench_clone_map m"
						+ " cross join lateral jsonb_populate_record(null::" + table[0]
						+ ", pg_temp.bench_clone(to_jsonb(t)::text, ?::text[], m.ids)" + businessKey + ") r where t."
						+ table[1] + " = ?")) {
					insert.setArray(1, old);
					insert.setString(2, template);
					insert.executeUpdate();
				}
			}
			connection.commit();
			for (String[] table : TABLES) {
				statement.execute("analyze " + table[0]);
			}
			return count;
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

}
