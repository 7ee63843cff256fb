package nl.brabant.regiotafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects back into the application carry only path and query. The host of an absolute URL that
 * the framework builds from the request (the page to return to after signing in) is whatever the
 * client put in Host or X-Forwarded-Host, so such a redirect could send a person to another site.
 * Tomcat already leaves relative redirects relative (server.tomcat.use-relative-redirects); this
 * makes the absolute ones to the request's own host relative too, in Location and Vaadin's
 * Saved-url.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("relativeRedirects");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(
                HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(
                    request,
                    new HttpServletResponseWrapper(response) {
                        @Override
                        public void sendRedirect(String location) throws IOException {
                            super.sendRedirect(relative(request, location));
                        }

                        @Override
                        public void sendRedirect(String location, boolean clearBuffer)
                                throws IOException {
                            super.sendRedirect(relative(request, location), clearBuffer);
                        }

                        @Override
                        public void sendRedirect(String location, int status) throws IOException {
                            super.sendRedirect(relative(request, location), status);
                        }

                        @Override
                        public void sendRedirect(String location, int status, boolean clearBuffer)
                                throws IOException {
                            super.sendRedirect(relative(request, location), status, clearBuffer);
                        }

                        @Override
                        public void setHeader(String name, String value) {
                            super.setHeader(
                                    name, redirectHeader(name) ? relative(request, value) : value);
                        }

                        @Override
                        public void addHeader(String name, String value) {
                            super.addHeader(
                                    name, redirectHeader(name) ? relative(request, value) : value);
                        }
                    });
        }
    }

    private static boolean redirectHeader(String name) {
        return "Location".equalsIgnoreCase(name) || "Saved-url".equalsIgnoreCase(name);
    }

    /**
     * The path and query of an absolute URL to the host this request was sent to; anything else as
     * it is.
     */
    static String relative(HttpServletRequest request, String location) {
        if (location == null
                || !(location.startsWith("http://") || location.startsWith("https://"))) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path =
                    uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException notAUrl) {
            return location;
        }
    }
}
