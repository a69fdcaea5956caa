package io.guichet.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names contacts read on their pages and in their e-mails
 * ({@code guichet.branding.*}): the product's name (page titles, the bar, the e-mails'
 * signature), and the sender's name (the e-mails' From). Both default to the service
 * company's name an admin sets ({@code guichet.branding.company-name}); without it, the
 * product name is "Guichet" and the sender's name the one in {@code guichet.mail.from}.
 */
@Component
public class Branding {

	public static final String DEFAULT_PRODUCT_NAME = "Guichet";

	private final String productName;

	private final String senderName;

	private final String companyName;

	Branding(@Value("${guichet.branding.company-name:}") String companyName,
			@Value("${guichet.branding.product-name:}") String productName,
			@Value("${guichet.branding.sender-name:}") String senderName) {
		this.companyName = blankToNull(companyName);
		this.productName = blankToNull(productName);
		this.senderName = blankToNull(senderName);
	}

	public static Branding of(String productName, String senderName) {
		return new Branding(null, productName, senderName);
	}

	public static Branding of(String companyName, String productName, String senderName) {
		return new Branding(companyName, productName, senderName);
	}

	public String productName() {
		if (this.productName != null) {
			return this.productName;
		}
		return (this.companyName != null) ? this.companyName : DEFAULT_PRODUCT_NAME;
	}

	/** The From's display name; null: the one {@code guichet.mail.from} gives. */
	public String senderName() {
		if (this.senderName != null) {
			return this.senderName;
		}
		return (this.productName != null) ? this.productName : this.companyName;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
