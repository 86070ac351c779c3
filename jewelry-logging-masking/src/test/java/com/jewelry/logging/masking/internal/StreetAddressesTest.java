package com.jewelry.logging.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressesTest {

    /** What the detector reported, as the substrings of the text it covered. */
    private static List<String> found(CharSequence text) {
        return DetectorFindings.of(StreetAddresses::find, SensitiveKind.ADDRESS, text);
    }

    @ParameterizedTest(name = "[{index}] finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            доставка: г. Москва, ул. Тверская, д. 7, кв. 12, заказ ORD-1 | г. Москва, ул. Тверская, д. 7, кв. 12
            Курьер выехал по адресу ул. Льва Толстого 16, подъезд 3, эт. 5 | ул. Льва Толстого 16, подъезд 3, эт. 5
            Москва, пр-т Мира, 101к2, кв. 5 | пр-т Мира, 101к2, кв. 5
            проспект Мира д.101 корп. 2 | проспект Мира д.101 корп. 2
            пер. Сивцев Вражек, 5/7 | пер. Сивцев Вражек, 5/7
            город Тверь, улица Советская, дом 12а, квартира 3 | город Тверь, улица Советская, дом 12а, квартира 3
            ул. 1-я Тверская-Ямская, 24 | ул. 1-я Тверская-Ямская, 24
            шоссе Энтузиастов 31с50 | шоссе Энтузиастов 31с50
            пл. Революции, 2 | пл. Революции, 2
            """)
    void findsAStreetWithItsHouseAndWhatFollows(String text, String address) {
        assertThat(found(text)).containsExactly(address);
    }

    @ParameterizedTest(name = "[{index}] keeps \"{0}\"")
    @ValueSource(strings = {
        "ул. Тверская",                       // a street without a house is nobody's address
        "Магазин на ул. Тверской открыт",
        "Кольцо пл. 950 размер 17",           // a metal's fineness after "пл."
        "ш. 5 мм, длина 45 см",
        "Tverskaya st. 7, apt 12",            // Latin letters: no markers to go by
        "Заказ ORD-2026-000123 создан, 3 позиции",
        "д. 7 без улицы"
    })
    void keepsTextThatIsNoStreetAddress(String text) {
        assertThat(found(text)).isEmpty();
    }
}
