# The production image: the jar built by `mvn -B package` on a plain Java 17 runtime.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/bilaga1.jar /app/bilaga1.jar
ENTRYPOINT ["java", "-jar", "/app/bilaga1.jar"]
