package com.jewelry.logging.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {

    /** Kinds the enum may not have yet resolve to the same fallback {@link FieldNames} uses. */
    private static SensitiveKind kind(String expected) {
        if (expected == null) {
            return null;
        }
        return switch (expected) {
            case "BIRTH_DATE" -> FieldNames.BIRTH_DATE;
            case "IP_ADDRESS" -> FieldNames.IP_ADDRESS;
            case "ACCOUNT" -> FieldNames.ACCOUNT;
            case "IBAN" -> FieldNames.IBAN;
            case "OGRN" -> FieldNames.OGRN;
            default -> SensitiveKind.valueOf(expected);
        };
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email|EMAIL
            customerEmail|EMAIL
            e_mail|EMAIL
            E-Mail|EMAIL
            emailAddress|EMAIL
            emails|EMAIL
            customer.emails|EMAIL
            mail|EMAIL
            почта|EMAIL
            эл. почта|EMAIL
            электроннаяПочта|EMAIL
            Email клиента|EMAIL
            phone|PHONE
            phoneNumber|PHONE
            phones|PHONE
            contactPhone|PHONE
            mobile|PHONE
            msisdn|PHONE
            tel|PHONE
            телефон|PHONE
            Телефон получателя|PHONE
            номер_телефона|PHONE
            тел.|PHONE
            телефоны|PHONE
            fullName|NAME
            fullNames|NAME
            firstName|NAME
            first_name|NAME
            lastName|NAME
            middleName|NAME
            surname|NAME
            patronymic|NAME
            recipient.name|NAME
            customerName|NAME
            cardholderName|NAME
            cardHolder|NAME
            username|NAME
            userName|NAME
            login|NAME
            userLogin|NAME
            ФИО|NAME
            фио_клиента|NAME
            фамилия|NAME
            Фамилия|NAME
            имя|NAME
            имя пользователя|NAME
            отчество|NAME
            Отчество|NAME
            address|ADDRESS
            addresses|ADDRESS
            deliveryAddress|ADDRESS
            delivery-address|ADDRESS
            billing_address|ADDRESS
            street|ADDRESS
            zipCode|ADDRESS
            postalCode|ADDRESS
            адрес|ADDRESS
            адрес доставки|ADDRESS
            адресДоставки|ADDRESS
            Адрес_получателя|ADDRESS
            адреса|ADDRESS
            clientIp|IP_ADDRESS
            clientIP|IP_ADDRESS
            clientAddress|IP_ADDRESS
            remoteAddr|IP_ADDRESS
            remoteIp|IP_ADDRESS
            ipAddress|IP_ADDRESS
            ip|IP_ADDRESS
            x-forwarded-for|IP_ADDRESS
            X-Forwarded-For|IP_ADDRESS
            xForwardedFor|IP_ADDRESS
            X-Real-IP|IP_ADDRESS
            ips|IP_ADDRESS
            passport|PASSPORT
            passportNumber|PASSPORT
            passportIssuedBy|PASSPORT
            паспорт|PASSPORT
            номер паспорта|PASSPORT
            серия|PASSPORT
            серия паспорта|PASSPORT
            card|CARD
            cardNumber|CARD
            card_no|CARD
            cards|CARD
            pan|CARD
            creditCard|CARD
            карта|CARD
            номер карты|CARD
            номерКарты|CARD
            inn|INN
            INN|INN
            ИНН|INN
            taxId|INN
            snils|SNILS
            СНИЛС|SNILS
            snilsNumber|SNILS
            ogrn|OGRN
            ОГРН|OGRN
            ogrnip|OGRN
            iban|IBAN
            IBAN|IBAN
            accountNumber|ACCOUNT
            bankAccount|ACCOUNT
            счет|ACCOUNT
            счёт|ACCOUNT
            расчетный счёт|ACCOUNT
            bik|OTHER
            БИК|OTHER
            birthDate|BIRTH_DATE
            dateOfBirth|BIRTH_DATE
            date_of_birth|BIRTH_DATE
            dob|BIRTH_DATE
            DOB|BIRTH_DATE
            birthday|BIRTH_DATE
            дата рождения|BIRTH_DATE
            датаРождения|BIRTH_DATE
            д.р.|BIRTH_DATE
            password|SECRET
            passwords|SECRET
            userPassword|SECRET
            userpassword|SECRET
            passwordHash|SECRET
            pwdHash|SECRET
            pwd|SECRET
            pass|SECRET
            passwd|SECRET
            password_confirmation|SECRET
            пароль|SECRET
            Пароль пользователя|SECRET
            secret|SECRET
            clientSecret|SECRET
            client_secret|SECRET
            secretAnswer|SECRET
            securityAnswer|SECRET
            securityQuestionAnswer|SECRET
            privateKey|SECRET
            private_key|SECRET
            pin|SECRET
            PIN|SECRET
            userPin|SECRET
            pin_code|SECRET
            pinCode|SECRET
            pins|SECRET
            cvv|SECRET
            CVV2|SECRET
            otp|SECRET
            credentials|SECRET
            dbCredentials|SECRET
            token|TOKEN
            tokens|TOKEN
            accessToken|TOKEN
            refresh_token|TOKEN
            OAuthToken|TOKEN
            oauth_token|TOKEN
            apiKey|TOKEN
            apiKeys|TOKEN
            api-key|TOKEN
            Authorization|TOKEN
            auth|TOKEN
            basicAuth|TOKEN
            cookie|TOKEN
            cookies|TOKEN
            Set-Cookie|TOKEN
            session|TOKEN
            sessionId|TOKEN
            sid|TOKEN
            PHPSESSID|TOKEN
            JSESSIONID|TOKEN
            X-Session|TOKEN
            jwt|TOKEN
            hairpin|
            spin|
            spinCount|
            hairpinSize|
            OAuth|
            oauth|
            oauthEnabled|
            basicNecklace|
            necklace|
            author|
            authorName|
            authType|
            authMethod|
            giftCard|
            gift_card|
            giftCards|
            giftCardNumber|
            loyaltyCard|
            bonusCard|
            discountCard|
            clubCard|
            cardType|
            cardBrand|
            cardLast4|
            last4|
            tokenType|
            tokenCount|
            expiresIn|
            passwordPolicy|
            passwordLength|
            secretName|
            secretary|
            orderNumber|
            orderId|
            customerId|
            clientId|
            partnerId|
            productName|
            productId|
            sku|
            modelId|
            serverAddress|
            localAddress|
            macAddress|
            serverIp|
            sessionCount|
            sessionTimeout|
            lastLogin|
            loginAttempts|
            emailVerified|
            phoneVerified|
            zipFile|
            hotel|
            hotelName|
            innerText|
            dinner|
            panel|
            japan|
            bypass|
            compass|
            isVip|
            name|
            title|
            status|
            amount|
            currency|
            номер заказа|
            тип карты|
            подарочная карта|
            номер подарочной карты|
            карта лояльности|
            имя товара|
            имя файла|
            адрес магазина|
            телефон магазина|
            статус оплаты|
            способ доставки|
            сумма|
            количество|
            карточка товара|
            серийный номер|
            счетчик|
            """)
    void classifiesAFieldNameByItsWordsAlone(String name, String expected) {
        assertThat(FieldNames.classify(name, Map.of(), Set.of())).isEqualTo(kind(expected));
    }

    @Test
    void customRulesComeBeforeHarmlessAndBuiltInNames() {
        Map<String, SensitiveKind> custom = Map.of("giftcard", SensitiveKind.CARD, "ordernumber", SensitiveKind.OTHER);
        assertThat(FieldNames.classify("giftCard", custom, Set.of())).isEqualTo(SensitiveKind.CARD);
        assertThat(FieldNames.classify("order_number", custom, Set.of())).isEqualTo(SensitiveKind.OTHER);
        assertThat(FieldNames.classify("customerOrderNumbers", custom, Set.of())).isEqualTo(SensitiveKind.OTHER);
    }

    @Test
    void keptNamesWinOverEveryRuleForTheWholeNameAndItsSuffixes() {
        Set<String> kept = Set.of("maskedpan", "password");
        assertThat(FieldNames.classify("maskedPan", Map.of(), kept)).isNull();
        assertThat(FieldNames.classify("userPassword", Map.of(), kept)).isNull();
        assertThat(FieldNames.classify("pan", Map.of(), kept)).isEqualTo(SensitiveKind.CARD);
    }

    @Test
    void aBareNameIsAPersonsNameOnlyUnderAParentThatHoldsAPerson() {
        Map<String, SensitiveKind> none = Map.of();
        Set<String> kept = Set.of();
        assertThat(FieldNames.classifyPath("recipient", "name", none, kept)).isEqualTo(SensitiveKind.NAME);
        assertThat(FieldNames.classifyPath("customers", "name", none, kept)).isEqualTo(SensitiveKind.NAME);
        assertThat(FieldNames.classifyPath("deliveryRecipientInfo", "first", none, kept)).isEqualTo(SensitiveKind.NAME);
        assertThat(FieldNames.classifyPath("получатель", "name", none, kept)).isEqualTo(SensitiveKind.NAME);
        assertThat(FieldNames.classifyPath("payer", "fullName", none, kept)).isEqualTo(SensitiveKind.NAME);
        assertThat(FieldNames.classifyPath("product", "name", none, kept)).isNull();
        assertThat(FieldNames.classifyPath("clientApp", "name", none, kept)).isNull();
        assertThat(FieldNames.classifyPath(null, "name", none, kept)).isNull();
        assertThat(FieldNames.classifyPath("recipient", "name", none, Set.of("name"))).isNull();
        assertThat(FieldNames.classifyPath("product", "email", none, kept)).isEqualTo(SensitiveKind.EMAIL);
        assertThat(FieldNames.classifyPath("recipient", "city", none, kept)).isNull();
    }

    @Test
    void normalisesCaseSeparatorsAndYo() {
        assertThat(FieldNames.normalize("Customer_E-Mail")).isEqualTo("customeremail");
        assertThat(FieldNames.normalize("Расчётный Счёт")).isEqualTo("расчетныйсчет");
    }

    @Test
    void nullAndEmptyNamesSayNothing() {
        assertThat(FieldNames.classify(null, Map.of(), Set.of())).isNull();
        assertThat(FieldNames.classify("", Map.of(), Set.of())).isNull();
        assertThat(FieldNames.classify("--", Map.of(), Set.of())).isNull();
    }
}
