package com.touchpoint.datasources.store;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.CustomerProfileRepository.Attributes;
import com.touchpoint.datasources.store.CustomerProfileRepository.Identifier;
import com.touchpoint.datasources.store.CustomerProfileRepository.Match;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerProfileRepositoryTest {

    @TempDir
    Path dir;
    private ProjectStore store;
    private CustomerProfileRepository customers;
    private long alice;
    private long bob;

    /** Alice: member M1 with phone and e-mail, from a CRM file; Bob: only a cookie and member M2 on a web event. */
    @BeforeEach
    void importTwoCustomers() throws Exception {
        store = ProjectStore.create(ProjectFile.of(dir.resolve("project")));
        ImportService imports = new ImportService(store);
        ImportRequest shanghai = new ImportRequest(null, null, null, null, ZoneId.of("Asia/Shanghai"), null);
        imports.importFile(Files.writeString(dir.resolve("crm.csv"), """
                member_id,phone,email,name,gender,birthday,city,member_level,signup_time
                M1,+86 138 0013 8000,Alice@Example.com,Alice,F,1990-05-17,Hangzhou,gold,2025-01-02 08:00:00
                """), shanghai, ImportMonitor.NONE);
        imports.importFile(Files.writeString(dir.resolve("web.csv"), """
                cookie_id,member_id,event,ts,channel
                c9,M2,page_view,2026-08-01T10:00:00Z,web
                """), shanghai, ImportMonitor.NONE);
        customers = new CustomerProfileRepository(store);
        alice = customers.find("M1").get(0).globalId();
        bob = customers.find("M2").get(0).globalId();
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsWritten() {
        // Stored from "+86 138 0013 8000": normalised to 8613800138000, then hashed with the project's salt.
        assertEquals(List.of(new Match(IdType.PHONE, alice)), customers.find("138-0013-8000"));
        assertEquals(List.of(new Match(IdType.PHONE, alice)), customers.find("0086 13800138000"));
    }

    @Test
    void anEmailAddressIsFoundInAnyCase() {
        assertEquals(List.of(new Match(IdType.EMAIL, alice)), customers.find("  alice@EXAMPLE.com "));
    }

    @Test
    void aMemberIdIsFoundAndUnknownTextFindsNobody() {
        assertEquals(List.of(new Match(IdType.MEMBER, bob)), customers.find("M2"));
        assertEquals(List.of(), customers.find("M3"));
        assertEquals(List.of(), customers.find("   "));
    }

    @Test
    void identifiersComeStrongestFirstWithPersonalValuesPseudonymised() {
        List<Identifier> identifiers = customers.identifiers(alice);

        assertEquals(List.of(IdType.MEMBER, IdType.PHONE, IdType.EMAIL),
                identifiers.stream().map(Identifier::type).toList());
        assertEquals(new Identifier(IdType.MEMBER, "M1", false, false), identifiers.get(0));
        assertTrue(identifiers.get(1).pseudonymised());
        assertTrue(identifiers.get(1).value().matches("[0-9a-f]{32}"), identifiers.get(1).value());
        assertTrue(identifiers.get(2).pseudonymised());
        assertEquals(List.of(new Identifier(IdType.MEMBER, "M2", false, false),
                new Identifier(IdType.COOKIE, "c9", false, false)), customers.identifiers(bob));
    }

    @Test
    void attributesComeFromTheCrmRowAndAreAbsentForACustomerWithoutOne() {
        // Signup 08:00 in Shanghai (UTC+8) is 00:00 UTC.
        assertEquals(Optional.of(new Attributes("Alice", "F", LocalDate.of(1990, 5, 17), "Hangzhou", "gold",
                LocalDateTime.of(2025, 1, 2, 0, 0), null)), customers.attributes(alice).map(this::withoutExtras));
        assertFalse(customers.attributes(bob).isPresent());
    }

    private Attributes withoutExtras(Attributes attributes) {
        return new Attributes(attributes.name(), attributes.gender(), attributes.birthDate(), attributes.city(),
                attributes.memberLevel(), attributes.signupUtc(), null);
    }
}
