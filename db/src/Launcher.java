import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt bound to loopback only.
 *
 * Configuration comes from the environment (the Node scripts in db/ set it):
 *   MAILLAGE_NEO4J_HOME      data directory (required)
 *   MAILLAGE_NEO4J_PORT      Bolt port (default 7687)
 *   MAILLAGE_NEO4J_PASSWORD  password of the neo4j user (required, 8 characters or more)
 *   MAILLAGE_NEO4J_PAGECACHE page cache size, for example 256m (default 256m)
 *   MAILLAGE_NEO4J_PARENT_PID when set, stop as soon as that process ends, so that a Neo4j
 *                            started by a Node process never outlives it (even on a crash)
 *
 * Prints "MAILLAGE_NEO4J_READY <port>" once Bolt accepts connections and stops
 * cleanly on SIGTERM / SIGINT.
 */
public final class Launcher {
    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable error) {
            // Without this, Bolt's non-daemon threads would keep a half-started JVM alive.
            error.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Map<String, String> env = System.getenv();
        String home = require(env, "MAILLAGE_NEO4J_HOME");
        String password = require(env, "MAILLAGE_NEO4J_PASSWORD");
        int port = Integer.parseInt(env.getOrDefault("MAILLAGE_NEO4J_PORT", "7687"));
        String pageCache = env.getOrDefault("MAILLAGE_NEO4J_PAGECACHE", "256m");

        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(homeDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .setConfig(GraphDatabaseSettings.logs_directory, homeDir.resolve("logs"))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("MAILLAGE_NEO4J_STOPPING");
            service.shutdown();
        }, "neo4j-shutdown"));

        // Embedded transactions run with full rights, so the system database accepts the
        // password change without the interactive "change on first login" step.
        setPassword(service, password);

        System.out.println("MAILLAGE_NEO4J_READY " + port);
        System.out.flush();
        String parentPid = env.get("MAILLAGE_NEO4J_PARENT_PID");
        if (parentPid != null && !parentPid.isBlank()) {
            ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        Thread.currentThread().join();
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException error) {
            // On an existing database the password is usually already the right one.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                throw error;
            }
        }
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println("Missing environment variable " + name);
            System.exit(2);
        }
        return value;
    }
}
