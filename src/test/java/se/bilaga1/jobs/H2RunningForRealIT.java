package se.bilaga1.jobs;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Nightly runs, the run lock and snapshots on the embedded H2 warehouse, in a data folder of their own. */
@SpringBootTest
class H2RunningForRealIT extends RunningForRealContract {

    @DynamicPropertySource
    static void ownWarehouse(DynamicPropertyRegistry registry) {
        registry.add("bilaga1.data", () -> System.getProperty("user.dir") + "/target/test-data/running-" + UUID.randomUUID());
    }
}
