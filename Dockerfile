# Builds the production jar (Vaadin's pre-built bundle, no npm) and runs it on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -Pproduction dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/regiotafel-*.jar /src/app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 regiotafel \
    && mkdir -p /data/attachments && chown -R regiotafel:regiotafel /data
# Attachments live in /data/attachments; docker-compose.yml keeps them in a volume.
ENV REGIOTAFEL_DATA_DIR=/data
WORKDIR /app
COPY --from=build /src/app.jar /app/regiotafel.jar
USER regiotafel
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/regiotafel.jar"]
