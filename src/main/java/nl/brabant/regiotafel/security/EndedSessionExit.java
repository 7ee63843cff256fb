package nl.brabant.regiotafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The way out of a session that the server ended for inactivity. The server has already signed the
 * session out and marked it; the pages of the session are then sent here, which throws the session
 * away and shows the login page with the reason. A session without the mark is left alone, so a
 * link to this address cannot sign anybody out.
 */
public final class EndedSessionExit extends OncePerRequestFilter {

    public static final String PATH = "/sessie-verlopen";

    /** Session attribute: this session was ended for inactivity. */
    public static final String ENDED = EndedSessionExit.class.getName() + ".ended";

    /** Query parameter of the login page that says why the session ended. */
    public static final String LANDING_PARAMETER = "inactief";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (session.getAttribute(ENDED) != null) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                // another tab of the same session came first
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?" + LANDING_PARAMETER);
    }
}
