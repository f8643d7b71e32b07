package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.piu.targeting.workbench.assessment.ui.AssessmentsView;
import org.piu.targeting.workbench.assessment.ui.DashboardView;
import org.piu.targeting.workbench.audit.ui.AuditView;
import org.piu.targeting.workbench.rules.ui.ApprovalsView;
import org.piu.targeting.workbench.rules.ui.HistoryView;
import org.piu.targeting.workbench.rules.ui.ReleasesView;
import org.piu.targeting.workbench.rules.ui.RulesView;
import org.piu.targeting.workbench.security.ui.AdminView;
import org.piu.targeting.workbench.watchlist.ui.WatchlistsView;

/** The workbench's views in navigation order; the shell shows each user the ones their role may open. */
enum WorkbenchView {
    DASHBOARD("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD),
    RULES("Rules", RulesView.class, VaadinIcon.FILE_CODE),
    APPROVALS("Approvals", ApprovalsView.class, VaadinIcon.CHECK_SQUARE_O),
    RELEASES("Releases", ReleasesView.class, VaadinIcon.ROCKET),
    ASSESSMENTS("Assessments", AssessmentsView.class, VaadinIcon.AIRPLANE),
    WATCHLISTS("Watchlists", WatchlistsView.class, VaadinIcon.USERS),
    HISTORY("History", HistoryView.class, VaadinIcon.TIME_BACKWARD),
    AUDIT("Audit", AuditView.class, VaadinIcon.CLIPBOARD_CHECK),
    ADMIN("Administration", AdminView.class, VaadinIcon.COG);

    private final String label;
    private final Class<? extends Component> viewClass;
    private final VaadinIcon icon;

    WorkbenchView(String label, Class<? extends Component> viewClass, VaadinIcon icon) {
        this.label = label;
        this.viewClass = viewClass;
        this.icon = icon;
    }

    String label() {
        return label;
    }

    Class<? extends Component> viewClass() {
        return viewClass;
    }

    VaadinIcon icon() {
        return icon;
    }
}
