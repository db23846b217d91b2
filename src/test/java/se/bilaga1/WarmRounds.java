package se.bilaga1;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;

/**
 * A bench tool, not a test: runs one command-line command of the app several times in one JVM, each in a fresh
 * Spring context started as {@link Bilaga1Application#commandLineApp} starts a command, so that the later rounds' load
 * steps run warm (their code compiled by the first round). The floors of {@code bench/run} are warm passes; the pipeline's own rows there
 * are cold, as {@code jobs/} run it. The later rounds' step lines in the log are the pipeline warm
 * ({@code bench/README.md}, the run at {@code 08cbddc}).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat bench/work/classpath.txt)" se.bilaga1.WarmRounds 3 \
 *     rebuild 2024 --force --bilaga1.input=DIR --bilaga1.output=DIR --bilaga1.data=DIR
 * </pre>
 */
public final class WarmRounds {

    private WarmRounds() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: WarmRounds ROUNDS COMMAND [ARGUMENTS] [OPTIONS]");
            System.exit(2);
        }
        // the app's own configuration only: the tests' application.properties beside this class quiets the log
        System.setProperty("spring.config.location", "classpath:/application.yml");
        int rounds = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        int status = 0;
        for (int round = 1; round <= rounds && status == 0; round++) {
            status = SpringApplication.exit(Bilaga1Application.commandLineApp().run(command));
            System.out.println("WarmRounds: round " + round + " of " + rounds + " ended with status " + status);
        }
        System.exit(status);
    }
}
