package nl.brabant.regiotafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "/VAADIN" without a trailing slash is no page: it would otherwise be taken for a route, bootstrap
 * a Vaadin session and redirect to the login, so an anonymous request created a server session
 * (CVE-2026-2742). Answer it with 404 before the security chain and Vaadin see it.
 */
@Configuration(proxyBeanMethods = false)
class VaadinRootPathGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> vaadinRootPathFilter() {
        OncePerRequestFilter filter =
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            FilterChain chain)
                            throws ServletException, IOException {
                        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    }
                };
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("vaadinRootPathGuard");
        return registration;
    }
}
