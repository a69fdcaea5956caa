package io.guichet.notification.dev;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Staff-only mailbox of the in-process SMTP server (embedded default only). */
@Controller
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
@RequestMapping("/dev/mail")
class DevMailController {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	private final GreenMail server;

	DevMailController(GreenMail server) {
		this.server = server;
	}

	@GetMapping
	String list(Model model) throws MessagingException {
		MimeMessage[] received = this.server.getReceivedMessages();
		List<MailRow> rows = new ArrayList<>();
		for (int i = received.length - 1; i >= 0; i--) {
			MimeMessage message = received[i];
			rows.add(new MailRow(i, String.join(", ", recipients(message)), message.getSubject(),
					message.getSentDate()));
		}
		model.addAttribute("mails", rows);
		return "dev/mail-list";
	}

	@GetMapping("/{index}")
	String show(@PathVariable int index, Model model) throws MessagingException, IOException {
		MimeMessage[] received = this.server.getReceivedMessages();
		if (index < 0 || index >= received.length) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		MimeMessage message = received[index];
		String html = htmlOf(message);
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			String link = matcher.group().replace("&amp;", "&");
			if (!links.contains(link)) {
				links.add(link);
			}
		}
		model.addAttribute("mail", new MailRow(index, String.join(", ", recipients(message)), message.getSubject(),
				message.getSentDate()));
		model.addAttribute("body", html);
		model.addAttribute("links", links);
		return "dev/mail-show";
	}

	private static List<String> recipients(MimeMessage message) throws MessagingException {
		List<String> to = new ArrayList<>();
		if (message.getAllRecipients() != null) {
			for (var address : message.getAllRecipients()) {
				to.add(address.toString());
			}
		}
		return to;
	}

	private static String htmlOf(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				all.append(htmlOf(body));
			}
			return all.toString();
		}
		return "";
	}

	record MailRow(int index, String to, String subject, java.util.Date sentAt) {
	}

}
