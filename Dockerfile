# Runtime image for Guichet. Build the jar first:
#   ./mvnw -DskipTests package && docker build -t guichet .
# (docker compose up --build does the image part; see docker-compose.yml)
FROM eclipse-temurin:17-jre

RUN groupadd --system guichet \
	&& useradd --system --gid guichet --home-dir /app --no-create-home --shell /usr/sbin/nologin guichet \
	&& mkdir -p /app \
	&& chown guichet:guichet /app

WORKDIR /app
COPY --chown=guichet:guichet target/guichet.jar /app/guichet.jar

USER guichet
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/guichet.jar"]
