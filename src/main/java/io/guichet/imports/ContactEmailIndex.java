package io.guichet.imports;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * V41: imports match contacts by lower-cased e-mail, thousands at a time; on PostgreSQL
 * an index on {@code lower(email)} keeps that from scanning every contact. A Java
 * migration because H2 (the embedded default, a few contacts) has no index on an
 * expression, and one SQL file cannot serve both.
 */
@Component
class ContactEmailIndex implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("41");
	}

	@Override
	public String getDescription() {
		return "imports contact email lower index";
	}

	@Override
	public Integer getChecksum() {
		return 41;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_contact_email_lower on contact (lower(email))");
		}
	}

}
