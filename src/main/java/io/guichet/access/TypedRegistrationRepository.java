package io.guichet.access;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TypedRegistrationRepository extends JpaRepository<TypedRegistration, UUID> {

}
