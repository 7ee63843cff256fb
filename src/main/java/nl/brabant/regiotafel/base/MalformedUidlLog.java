package nl.brabant.regiotafel.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.internal.JsonDecodingException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Vaadin logs a UIDL message that is not JSON as an ERROR with a stack trace of about 16 KB, and
 * anybody with a session can send such junk: the log itself became the target. This turns exactly
 * that entry into one short warning; every other entry of the handler is left as it is.
 */
@Component
class MalformedUidlLog extends TurboFilter {

    private static final Logger log = (Logger) LoggerFactory.getLogger(MalformedUidlLog.class);
    private static final String HANDLER = UidlRequestHandler.class.getName();

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @PreDestroy
    void uninstall() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
    }

    @Override
    public FilterReply decide(
            Marker marker,
            Logger logger,
            Level level,
            String format,
            Object[] params,
            Throwable t) {
        if (!(t instanceof JsonDecodingException)
                || level != Level.ERROR
                || !HANDLER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        log.warn(
                "Malformed UIDL message refused from {}: {}",
                request == null ? "?" : request.getRemoteAddr(),
                t.getMessage());
        return FilterReply.DENY;
    }
}
