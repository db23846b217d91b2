# syntax=docker/dockerfile:1
# The production image: the jar built by Maven inside the build (no local build needed), on a plain Java 17 runtime.
# The tests are not run here (they need the sample inputs, the reference data and a PostgreSQL of their own): .ci/run
# runs them.
# Images pinned to exact releases; README "Updating the images" says how to move them on.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre-noble
# curl answers the health check in docker-compose.yml (the Temurin images ship it; installed should that change)
RUN command -v curl >/dev/null || { apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*; }
WORKDIR /app
COPY --from=build /build/target/bilaga1.jar /app/bilaga1.jar
# The same fast start-up as jobs/ (jobs/lib.sh): the jar unpacked, and a class data sharing archive of the classes a
# start-up loads, made by a training start on a scratch H2 database that exits when the app is up.
RUN java -Djarmode=tools -jar /app/bilaga1.jar extract --destination /app/cds \
    && java -XX:ArchiveClassesAtExit=/app/cds/app.jsa -Dspring.context.exit=onRefresh -jar /app/cds/bilaga1.jar \
       status --bilaga1.data=/tmp/cds-training \
    && rm -rf /tmp/cds-training
# the app runs as an unprivileged user of its own: it reads /app and writes only the mounted output folder and /tmp
RUN groupadd --system --gid 10001 bilaga1 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
    --shell /usr/sbin/nologin bilaga1
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cds/app.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "/app/cds/bilaga1.jar"]
