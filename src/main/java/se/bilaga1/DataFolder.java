package se.bilaga1;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code bilaga1.data} as given ({@code --bilaga1.data=data}), made absolute against the working folder before anything
 * reads it. H2 refuses a database path that is relative without saying so ({@code data/bilaga1}), and the run would end
 * in its stack trace; {@code ./data} and {@code ~/data}, which H2 reads itself, mean the same folder after this as
 * before. The scripts in {@code jobs/} already pass an absolute path.
 */
public class DataFolder implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "bilaga1.data";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1; // before H2Secret, which reads the URL made from it
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String data = environment.getProperty(PROPERTY);
        if (data == null || data.isBlank() || data.startsWith("~")) {
            return;
        }
        Path folder = Path.of(data);
        if (!folder.isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("bilaga1-data-folder",
                    Map.of(PROPERTY, folder.toAbsolutePath().normalize().toString())));
        }
    }
}
