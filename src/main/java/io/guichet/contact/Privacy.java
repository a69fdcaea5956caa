package io.guichet.contact;

/** Who may see a contact. */
public enum Privacy {

	/** Staff and the contact's own company. */
	VISIBLE_TO_ALL,

	/** Staff only: never shown to portal users. */
	HIDDEN_FROM_CLIENTS,

	/** Admins only. */
	ADMINS_ONLY

}
