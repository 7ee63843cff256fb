package nl.brabant.regiotafel.monitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class StatesReportDialogTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorChoosesAPeriodSeesTheSummaryAndGetsBothFiles() {
        navigate(MonitorView.class);
        test($(Button.class).id("open-states-report")).click();

        Div summary = $(Div.class).id("states-report-summary");
        assertThat(summary.getElement().getTextRecursively())
                .contains("Samenvatting", "van de 7 regio's");
        assertThat($(Anchor.class).id("states-report-docx").getText())
                .isEqualTo("Download als Word (.docx)");
        assertThat($(Anchor.class).id("states-report-pdf").getText())
                .isEqualTo("Download als PDF/A");
    }

    @Test
    @WithUserDetails("coordinator")
    void aStartInTheFutureIsRefusedAndOffersNoFile() {
        navigate(MonitorView.class);
        test($(Button.class).id("open-states-report")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = $(RadioButtonGroup.class).single();
        kind.setValue("since");
        DatePicker since = $(DatePicker.class).single();
        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        since.setValue(today.plusDays(3));

        assertThat(since.isInvalid()).isTrue();
        assertThat(since.getErrorMessage())
                .isEqualTo("Het begin van de periode ligt na het einde.");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> a.getId().orElse("").startsWith("states-report"));

        since.setValue(today.withDayOfYear(1));
        assertThat(since.isInvalid()).isFalse();
        assertThat($(Anchor.class).id("states-report-pdf")).isNotNull();
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void anAldermanSeesTheMonitorButNoReportButton() {
        navigate(MonitorView.class);
        assertThat($(Button.class).all())
                .noneMatch(b -> b.getId().orElse("").equals("open-states-report"));
    }
}
