package org.cyberbench.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A view the user's roles do not allow: said plainly, without revealing what the page holds. */
@AnonymousAllowed
class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.denied.title", "error.denied.message");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
