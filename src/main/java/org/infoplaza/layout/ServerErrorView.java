package org.infoplaza.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's own error page when opening a page fails (any page, signed in or not): a title
 * and a sentence in the user's language saying whether to wait for the database or to tell the
 * administrator, with HTTP 503 or 500. The exception goes to the log, never to the page. More specific
 * error views (access denied, not found) still win. It sits in the main layout, which keeps its frame even
 * when the database is away.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean databaseAway = ServerErrors.databaseAway(failure);
        if (databaseAway) {
            log.warn("Page {} could not open: the database does not answer", event.getLocation().getPath());
        } else {
            log.error("Page {} could not open", event.getLocation().getPath(), failure);
        }
        addClassName("server-error");
        String key = ServerErrors.messageKey(failure);
        show(key + ".title", key);
        return databaseAway ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
