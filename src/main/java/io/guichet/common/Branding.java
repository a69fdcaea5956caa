package io.guichet.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names contacts read on their pages and in their e-mails
 * ({@code guichet.branding.*}): the product's name (page titles, the bar, the e-mails'
 * signature), and the sender's name (the e-mails' From). Guichet has no admin-set name of
 * the service company, so an unset product name is "Guichet", and an unset sender name is
 * the product name, else the name in {@code guichet.mail.from}.
 */
@Component
public class Branding {

	public static final String DEFAULT_PRODUCT_NAME = "Guichet";

	private final String productName;

	private final String senderName;

	Branding(@Value("${guichet.branding.product-name:}") String productName,
			@Value("${guichet.branding.sender-name:}") String senderName) {
		this.productName = blankToNull(productName);
		this.senderName = blankToNull(senderName);
	}

	public static Branding of(String productName, String senderName) {
		return new Branding(productName, senderName);
	}

	public String productName() {
		return (this.productName != null) ? this.productName : DEFAULT_PRODUCT_NAME;
	}

	/** The From's display name; null: the one {@code guichet.mail.from} gives. */
	public String senderName() {
		return (this.senderName != null) ? this.senderName : this.productName;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
