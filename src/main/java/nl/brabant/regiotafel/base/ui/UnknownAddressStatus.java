package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the first response for an address no view answers to the HTTP status 404. Vaadin serves the
 * same start page for every address and only then finds out, in the browser's next request, that
 * there is no view; so a mistyped or outdated link would answer 200 to a browser, a link checker or
 * a search engine. The page itself stays Vaadin's (the "Pagina niet gevonden" view inside the
 * menu). Runs after Spring Security: an anonymous visitor is sent to the login page first, as for
 * any other page.
 */
@Component
class UnknownAddressStatus extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || accept == null
                || !accept.contains("text/html")
                || path.startsWith("VAADIN/")
                || path.startsWith("HEARTBEAT")
                || path.startsWith("css/")
                || path.startsWith("images/")
                || path.startsWith("icons/")
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
        if (routes.getNavigationRouteTarget(path(request)).hasTarget()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(
                request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setStatus(int status) {
                        // Vaadin's start page sets 200 for every address; an error status it sets
                        // stays.
                        if (status != HttpServletResponse.SC_OK) {
                            super.setStatus(status);
                        }
                    }
                });
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
