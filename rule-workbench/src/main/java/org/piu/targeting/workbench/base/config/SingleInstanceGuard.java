package org.piu.targeting.workbench.base.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything starts (Elasticsearch included), make sure this is the only instance on the HTTP port and on the
 * data directory, and say so in one line otherwise: two instances on one data directory would corrupt the
 * Elasticsearch node and race on the rules repository.
 */
public class SingleInstanceGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    // Held for the life of the JVM: the OS releases it when the process ends, even on SIGKILL.
    private static FileLock dataDirLock;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        int port = env.getProperty("server.port", Integer.class, 8080);
        if (port > 0 && !portIsFree(port)) {
            refuse("port " + port + " is already in use (is PIU Targeting already running?): stop that instance"
                    + " or start this one with --server.port=<another port>");
        }
        // bound here, before the context exists, with the same defaults the application will use
        Path dataDir = Binder.get(env)
                .bindOrCreate("piu", PiuProperties.class)
                .dataDir()
                .toAbsolutePath()
                .normalize();
        if (!lockDataDir(dataDir)) {
            refuse("the data directory " + dataDir + " is in use by another PIU Targeting instance: stop it or"
                    + " start this one with --piu.data-dir=<another directory>");
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized boolean lockDataDir(Path dataDir) {
        if (dataDirLock != null) {
            return true;
        }
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve(".instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            dataDirLock = channel.tryLock();
            return dataDirLock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            refuse("cannot use the data directory " + dataDir + ": " + e.getMessage());
            return false;
        }
    }

    private static void refuse(String line) {
        System.err.println("piu: " + line);
        System.exit(2);
    }
}
