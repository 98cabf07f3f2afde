package com.touchpoint.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.touchpoint.views.settings.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingConfigTest {

    @TempDir
    Path home;

    @AfterEach
    void clearHome() {
        System.clearProperty(DataFolder.HOME_PROPERTY);
    }

    @Test
    void theAppsLogbackConfigurationWritesToTheLogFileInTheDataFolder() throws Exception {
        System.setProperty(DataFolder.HOME_PROPERTY, home.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LoggingConfigTest.class.getResource("/logback.xml"));

        context.getLogger("com.touchpoint.test").info("written to the data folder");
        context.getLogger("org.jooq.Constants").info("jOOQ banner, kept out of the log");
        context.stop();

        String text = Files.readString(home.resolve("logs/touchpoint.log"));
        assertTrue(text.contains("INFO  [main] com.touchpoint.test - written to the data folder"), text);
        assertFalse(text.contains("jOOQ banner"), text);
    }
}
