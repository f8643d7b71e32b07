package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place where the workbench tells a user that an action failed, for every view: whatever a view does not
 * handle itself ends here, once, as a notification. A refusal by the domain (the rules repository's lifecycle, a
 * document that may not be saved, an invalid input, a watchlist that cannot be loaded) shows its message, which the
 * libraries write for people (in English: the same words the API answers with); any other exception is a fault: it is logged with its stack trace and the user reads
 * that the action did not complete, never a Java class name. Views catch only what they show in their own way (an
 * edit conflict, a four-eyes refusal, a refused release, the problems of a document).
 */
@Configuration(proxyBeanMethods = false)
class UiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private static final String PROJECT_PACKAGE = "org.piu.targeting.";
    /** The key of what a user reads about a fault. */
    static final String FAULT = "error.fault";

    @Bean
    VaadinServiceInitListener uiErrorHandlerInitializer() {
        return event -> event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<String> refusal = refusal(error);
        if (refusal.isPresent()) {
            log.debug("action refused: {}", refusal.get());
        } else {
            log.error("an action in the workbench failed", error);
        }
        UI current = UI.getCurrent();
        if (current != null) {
            Toast.error(refusal.orElseGet(() -> current.getTranslation(FAULT)));
        } else {
            event.getComponent()
                    .flatMap(Component::getUI)
                    .ifPresent(ui -> ui.access(() -> Toast.error(refusal.orElseGet(() -> ui.getTranslation(FAULT)))));
        }
    }

    /**
     * The message for the user when the error, or one of its causes, is a refusal: an exception of this project's
     * modules or an invalid argument, with a message. Empty for a fault.
     */
    static Optional<String> refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            boolean domain =
                    t.getClass().getName().startsWith(PROJECT_PACKAGE) || t instanceof IllegalArgumentException;
            if (domain && t.getMessage() != null && !t.getMessage().isBlank()) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }
}
