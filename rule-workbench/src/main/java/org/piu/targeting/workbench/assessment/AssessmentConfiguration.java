package org.piu.targeting.workbench.assessment;

import java.time.Clock;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    AdmissionControl admissionControl(PiuProperties properties) {
        var assessment = properties.assessment();
        return new AdmissionControl(
                assessment.concurrentAssessments(), assessment.queueWait(), assessment.retryAfterSeconds());
    }

    @Bean
    MessageParser messageParser(Clock clock, RiskEngine engine) {
        // the same airports (and so time zones) the engine derives facts with
        return new MessageParser(clock, engine.settings().airports());
    }
}
