package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.correlation.MdcTaskDecorator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;

/**
 * Request, trace and span ids follow work handed to Spring's task executors: a {@link TaskDecorator} bean, which
 * Spring Boot's auto-configured {@code ThreadPoolTaskExecutor} (and {@code @Async}) applies. A service that defines
 * its own decorator keeps it (and copies the MDC itself).
 */
@AutoConfiguration(before = TaskExecutionAutoConfiguration.class)
@ConditionalOnClass(TaskDecorator.class)
@ConditionalOnProperty(prefix = "jewelry.logging.correlation", name = "propagate", matchIfMissing = true)
public final class MdcPropagationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    MdcTaskDecorator jewelryMdcTaskDecorator() {
        return new MdcTaskDecorator();
    }
}
