package kz.kuzet.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** Holds one PostgreSQL connection in LISTEN on the change channel; reconnects when it breaks. */
final class ChangeListener extends Thread implements ChangeFeed.Listening {

    private final DataSource dataSource;
    private final Runnable onChange;
    private volatile boolean running = true;
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);

    ChangeListener(DataSource dataSource, Runnable onChange) {
        super("kuzet-change-listener");
        setDaemon(true);
        this.dataSource = dataSource;
        this.onChange = onChange;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening.countDown();
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null && notes.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean awaitListening(long millis) throws InterruptedException {
        return listening.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        running = false;
        interrupt();
    }
}
