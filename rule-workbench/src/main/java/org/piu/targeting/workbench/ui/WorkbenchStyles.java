package org.piu.targeting.workbench.ui;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Makes sure the workbench's own styles (piu.css) apply. Spring Security, as Vaadin configures it, denies every
 * URL it has no rule for, and {@code /piu.css} has none, so the {@code @StyleSheet} link of the app shell is
 * answered 403. Until the security configuration permits it, the shell adds the same rules inline once per page;
 * when the stylesheet does load, the browser simply sees the same rules twice.
 */
final class WorkbenchStyles {

    private static final String CSS = read();

    private WorkbenchStyles() {
    }

    static void ensureLoaded(UI ui) {
        ui.getPage().executeJs("""
                if (!document.getElementById('piu-inline-styles')) {
                  const style = document.createElement('style');
                  style.id = 'piu-inline-styles';
                  style.textContent = $0;
                  document.head.appendChild(style);
                }""", CSS);
    }

    private static String read() {
        try (InputStream in = WorkbenchStyles.class.getResourceAsStream("/META-INF/resources/piu.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read piu.css", e);
        }
    }
}
