package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/** The partitions share one step: each open makes the partition's own instance, used on its thread until closed. */
class PartitionStreamsTest {

    /** A stream that records what was done to it. */
    private static final class Recorder implements ItemStream {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        String partition;

        @Override
        public void open(ExecutionContext context) {
            partition = context.getString("partition");
            calls.add("open " + partition);
        }

        @Override
        public void update(ExecutionContext context) {
            context.putString("updated.by", partition);
            calls.add("update " + partition);
        }

        @Override
        public void close() {
            calls.add("close " + partition);
        }
    }

    @Test
    void partitionsSideBySideEachUseTheirOwnInstance() throws Exception {
        List<Recorder> made = Collections.synchronizedList(new ArrayList<>());
        PartitionStreams<Recorder> streams = new PartitionStreams<>(() -> {
            Recorder r = new Recorder();
            made.add(r);
            return r;
        });
        CountDownLatch bothOpen = new CountDownLatch(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String partition : List.of("a", "b")) {
            Thread t = new Thread(() -> {
                try {
                    ExecutionContext context = new ExecutionContext();
                    context.putString("partition", partition);
                    streams.open(context);
                    bothOpen.countDown();
                    assertThat(bothOpen.await(10, TimeUnit.SECONDS)).isTrue();
                    assertThat(streams.current().partition).isEqualTo(partition);
                    streams.update(context);
                    assertThat(context.getString("updated.by")).isEqualTo(partition);
                    streams.close();
                    assertThatThrownBy(streams::current).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("has no open partition");
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(20_000);
        }
        assertThat(failures).isEmpty();
        assertThat(made).hasSize(2);
        assertThat(made).allSatisfy(r -> assertThat(r.calls).containsExactly("open " + r.partition,
                "update " + r.partition, "close " + r.partition));
    }

    @Test
    void aRestartedPartitionGetsAFreshInstanceAndCloseWithoutOpenIsHarmless() {
        List<Recorder> made = new ArrayList<>();
        PartitionStreams<Recorder> streams = new PartitionStreams<>(() -> {
            Recorder r = new Recorder();
            made.add(r);
            return r;
        });
        streams.close(); // a step that failed before opening its streams still closes them
        ExecutionContext context = new ExecutionContext();
        context.putString("partition", "a");
        streams.open(context);
        streams.close();
        streams.open(context);
        assertThat(made).hasSize(2);
        assertThat(streams.current()).isSameAs(made.get(1));
        streams.close();
        assertThat(made.get(0).calls).containsExactly("open a", "close a");
    }
}
