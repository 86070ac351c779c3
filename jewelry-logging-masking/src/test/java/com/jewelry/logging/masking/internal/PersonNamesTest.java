package com.jewelry.logging.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    /** What the detector reported, as the substrings of the text it covered. */
    private static List<String> found(CharSequence text) {
        return DetectorFindings.of(PersonNames::find, SensitiveKind.NAME, text);
    }

    @ParameterizedTest(name = "[{index}] finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Заказ оформил Иванов Иван Иванович вчера | Иванов Иван Иванович
            Иван Иванович Иванов оформил заказ | Иван Иванович Иванов
            получатель: Петрова Анна Сергеевна | Петрова Анна Сергеевна
            ИВАНОВ ИВАН ИВАНОВИЧ | ИВАНОВ ИВАН ИВАНОВИЧ
            client=Ivanov Ivan Ivanovich; | Ivanov Ivan Ivanovich
            Anna Sergeevna Petrova paid | Anna Sergeevna Petrova
            Звонила Анна Сергеевна, просила перезвонить | Анна Сергеевна
            Hello, Anna Sergeevna! | Anna Sergeevna
            Сказала Людмила Сергеевна, что | Людмила Сергеевна
            Милая Анна Сергеевна | Анна Сергеевна
            Статья Лев Николаевич Толстой | Лев Николаевич Толстой
            Курьер Алексей Михайлович Сидоренко принял | Алексей Михайлович Сидоренко
            Уважаемый Сергей Николаевич! Ваш заказ готов. | Сергей Николаевич
            Смирнова Анна Сергеевна Петрова | Смирнова Анна Сергеевна Петрова
            письмо отправлено Петровой Анне Сергеевне | Петровой Анне Сергеевне
            передать Ивану Ивановичу лично | Ивану Ивановичу
            у Ивана Ивановича нет доступа | Ивана Ивановича
            подписано Петровой Анной Сергеевной | Петровой Анной Сергеевной
            Семёнов Пётр Фёдорович | Семёнов Пётр Фёдорович
            Ольга Ильинична Кузнецова | Ольга Ильинична Кузнецова
            Владимир Ильич Ульянов | Владимир Ильич Ульянов
            Петрова-Водкина Мария Петровна | Петрова-Водкина Мария Петровна
            Nikolai Nikolayevich Petrov | Nikolai Nikolayevich Petrov
            Ivan Petrovič | Ivan Petrovič
            Maria Ilyinichna | Maria Ilyinichna
            курьер: Иванов И.И. | Иванов И.И.
            курьер: Иванов И. И., склад 3 | Иванов И. И.
            подпись И.И. Иванов | И.И. Иванов
            ответственная И. А. Смирнова | И. А. Смирнова
            от Достоевского Ф.М. | Достоевского Ф.М.
            {"fio":"Иванов Иван Иванович"} | Иванов Иван Иванович
            Иван\u00a0Иванович | Иван\u00a0Иванович
            """)
    void findsTheWholeNameAndNothingElse(String text, String name) {
        String t = text.replace("\\u00a0", "\u00a0");
        assertThat(found(t)).containsExactly(name.replace("\\u00a0", "\u00a0"));
    }

    @ParameterizedTest(name = "[{index}] keeps \"{0}\"")
    @ValueSource(strings = {
        "Кольцо Золото 585, Серьги Серебро",
        "Москва, Доставка курьером, Оплата картой",
        "Заказ ORD-2026-000123 Сервис доставки",
        "в Москве купил москвич и кирпич",
        "Площадь Ильича, дом 5",
        "проспект Ильича",
        "Иванович",
        "пришёл Иванович",
        "Ивановна сказала",
        "Серьги Царевна Несмеяна",
        "Оплата Сергеевна",
        "Иван Иванов",
        "Анна Петрова",
        "Ivanovich",
        "Rich Zurich, Munich",
        "Mona Lisa, Vienna Evna",
        "Магазин И.И. открыт",
        "т.е. И.О. директора",
        "иван иванович иванов",
        "Basic necklace, hairpin: 3",
        "Кольцо И.И.",
        "Иванов2 Иван Иванович_x"
    })
    void keepsCatalogueWordsAndWordsThatMerelyEndLikeAPatronymic(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void reportsOffsetsIntoTheTextItWasGivenEvenWhenThatIsABuilder() {
        StringBuilder text = new StringBuilder("id=7 ").append("Сидоров Олег Петрович").append(" done");
        List<int[]> ranges = new ArrayList<>();
        PersonNames.find(text, (kind, start, end) -> ranges.add(new int[] {start, end}));
        assertThat(ranges).hasSize(1);
        assertThat(ranges.get(0)).containsExactly(5, 5 + "Сидоров Олег Петрович".length());
    }

    @Test
    void findsEveryNameInALongLine() {
        String line = "от Иванов Иван Иванович для Петровой Анне Сергеевне, копия Смирнову А.Б.";
        assertThat(found(line)).containsExactly("Иванов Иван Иванович", "Петровой Анне Сергеевне", "Смирнову А.Б.");
    }

    @ParameterizedTest(name = "[{index}] gate closed for \"{0}\"")
    @ValueSource(strings = {"order 123 paid", "Basic necklace", "{\"sku\":\"R-585\"}", ""})
    void theCheapGateStopsTextThatCannotHoldAName(String text) {
        assertThat(PersonNames.mayHoldName(text)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] gate open for \"{0}\"")
    @ValueSource(strings = {"a Иван", "Ivanovich", "PETROVNA", "Ilyinichna", "Petrovič"})
    void theCheapGateOpensForCyrillicAndLatinPatronymicEndings(String text) {
        assertThat(PersonNames.mayHoldName(text)).isTrue();
    }

    @Test
    void neverThrowsAndReportsOnlyRangesInsideTheTextOnRandomWordSoup() {
        String[] pieces = {"Иван", "Иванович", "ИВАНОВНА", "Петров", "Петрова-Водкина", "И.", "И.И.", "Ильич", "ич",
            "Кольцо", "Ivanovich", "Anna", "vna", " ", "  ", "\u00a0", "-", ".", ",", "_", "1", "\n", "ё", "Ё"};
        SplittableRandom random = new SplittableRandom(2026);
        int findings = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int[] count = {0};
            PersonNames.find(text, (kind, start, end) -> {
                assertThat(start).isBetween(0, end - 1);
                assertThat(end).isLessThanOrEqualTo(text.length());
                count[0]++;
            });
            findings += count[0];
        }
        assertThat(findings).as("the soup reaches the detector").isGreaterThan(100);
    }
}
