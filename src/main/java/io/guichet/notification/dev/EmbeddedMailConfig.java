package io.guichet.notification.dev;

import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default: without {@code spring.mail.host}, Guichet runs its own SMTP
 * server in process and shows what it received at {@code /dev/mail}, so a newcomer can
 * follow the activation link without any other software. Setting {@code spring.mail.host}
 * turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class EmbeddedMailConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfig.class);

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail embeddedSmtpServer(@Value("${guichet.dev-mail.smtp-port}") int port) {
		log.info("No spring.mail.host set: in-process SMTP server on 127.0.0.1:{}, mails shown at /dev/mail", port);
		return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail embeddedSmtpServer, @Value("${guichet.dev-mail.smtp-port}") int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
