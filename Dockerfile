# Runtime image for Guichet. Build the jar first:
#   ./mvnw -DskipTests package && docker build -t guichet .
# (docker compose up --build does the image part; see docker-compose.yml)
#
# The jar is extracted and a class-data sharing archive is written by a training start, so
# that Guichet starts about twice as fast (docs/PERFORMANCE.md, "P5 footprint"). The
# training start runs on an in-memory database, needs no network and stops as soon as the
# application is ready; ./mvnw verify -Pbench runs the same steps.
FROM eclipse-temurin:17-jre AS extract
WORKDIR /extract
COPY target/guichet.jar guichet.jar
RUN java -Djarmode=tools -jar guichet.jar extract --destination app

FROM eclipse-temurin:17-jre

RUN groupadd --system guichet \
	&& useradd --system --gid guichet --home-dir /app --no-create-home --shell /usr/sbin/nologin guichet \
	&& mkdir -p /app \
	&& chown guichet:guichet /app

WORKDIR /app
COPY --from=extract --chown=guichet:guichet /extract/app /app
COPY --chown=guichet:guichet jvm.options /app/jvm.options

USER guichet
RUN java @jvm.options -XX:ArchiveClassesAtExit=guichet.jsa -Xlog:cds=error -Dspring.context.exit=onRefresh -jar guichet.jar \
	--spring.datasource.url=jdbc:h2:mem:training --server.port=0 --spring.mail.host=localhost

EXPOSE 8080
ENTRYPOINT ["java","@/app/jvm.options","-XX:SharedArchiveFile=/app/guichet.jsa","-jar","/app/guichet.jar"]
