package org.cyberbench.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import org.cyberbench.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception from a click or a save into a sentence the user understands. Services run in
 * transactions, so when this shows, nothing was half-written.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key;
        Object[] arguments = new Object[0];
        UserFacingException userFacing = find(error, UserFacingException.class);
        if (userFacing != null) {
            key = userFacing.messageKey();
            arguments = userFacing.arguments();
        } else if (find(error, OptimisticLockingFailureException.class) != null) {
            key = "error.stale";
        } else if (find(error, AccessDeniedException.class) != null) {
            key = "error.denied.message";
        } else if (find(error, ConstraintViolationException.class) != null) {
            key = "error.invalid";
        } else {
            key = "error.unexpected";
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ui.getTranslation(key, arguments), 6000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
