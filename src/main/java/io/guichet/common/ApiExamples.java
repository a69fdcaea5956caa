package io.guichet.common;

/**
 * Example values of the API description (/v3/api-docs), shared so that one story holds
 * across the calls: client Bowman Furniture, its contact Lisa Bowman and her colleague
 * Paul Girard, account manager marie.roy.
 */
public final class ApiExamples {

	public static final String CLIENT_ID = "7c1e4b2a-5d3f-4e8b-9a61-2f0d8c3b5e47";

	public static final String PARENT_CLIENT_ID = "1d6a9f3c-2e7b-4c58-8f0a-b3e5d7c9a214";

	public static final String CONTACT_ID = "3b9d6f1e-8a2c-4f5d-b7e0-6c4a1d9e2f83";

	public static final String COLLEAGUE_ID = "5e2a7c9b-1f4d-4a3e-8c6b-9d0f2e7a1b54";

	public static final String ACCESS_ID = "a4f8e2c1-6b3d-4e9a-b5f7-0c2d8e1a9b36";

	public static final String PROJECT_ID = "e6b1d3f9-2c8a-4b7e-a0d5-3f9c1e6b8a27";

	public static final String DOCUMENT_ID = "c2e9a7d4-3b1f-4c6e-9a8d-7f5b0e2c4a19";

	public static final String IMPORT_ID = "9f3c5a8e-7d2b-4e1f-b6a0-4c8e2d9f1a73";

	public static final String CLIENT_NAME = "Bowman Furniture";

	public static final String FIRST_NAME = "Lisa";

	public static final String LAST_NAME = "Bowman";

	public static final String FULL_NAME = "Lisa Bowman";

	public static final String EMAIL = "lisa.bowman@example.com";

	public static final String PHONE = "+1 514 555 0148";

	public static final String MOBILE = "+1 438 555 0199";

	public static final String OTHER_CHANNEL = "Teams: Lisa Bowman";

	public static final String LANGUAGE = "fr";

	public static final String STAFF_USER = "marie.roy";

	public static final String PERMISSIONS = "[\"PROJECT_REVIEW\", \"INVOICE_REVIEW\"]";

	public static final String DATE = "2027-06-30";

	public static final String INSTANT = "2026-11-28T08:41:37Z";

	private ApiExamples() {
	}

}
