package nl.brabant.regiotafel.base.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * Transactions take a database connection only when they run a statement, and do not mark it read
 * only. By default Spring prepares the connection at the start of every transaction (fetch it from
 * the pool, {@code SET SESSION TRANSACTION READ ONLY} before and {@code READ WRITE} after), so a
 * service method that answered from what it already knew still cost a connection and four round
 * trips; a workspace page opens about twenty such transactions. Read-only transactions still do not
 * flush (Hibernate's read-only session); nothing in the application sets an isolation level, which
 * is what this gives up.
 */
@Configuration(proxyBeanMethods = false)
class LazyConnections {

    @Bean
    static BeanPostProcessor lazyConnectionAcquisition() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
