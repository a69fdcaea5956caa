package io.guichet.client;

import jakarta.persistence.Embeddable;

/** How an {@link Address} is stored: five columns with a prefix per kind. */
@Embeddable
public class AddressColumns {

	private String street;

	private String city;

	private String province;

	private String postalCode;

	private String country;

	protected AddressColumns() {
	}

	public AddressColumns(Address address) {
		Address value = (address != null) ? address : Address.EMPTY;
		this.street = blankToNull(value.street());
		this.city = blankToNull(value.city());
		this.province = blankToNull(value.province());
		this.postalCode = blankToNull(value.postalCode());
		this.country = blankToNull(value.country());
	}

	public Address toAddress() {
		return new Address(this.street, this.city, this.province, this.postalCode, this.country);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
