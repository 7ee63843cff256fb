package nl.brabant.regiotafel.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the digest job ({@link NotificationDigests}) every hour. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {}
