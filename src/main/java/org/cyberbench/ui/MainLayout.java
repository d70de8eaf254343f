package org.cyberbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.i18n.LanguageSwitch;
import org.cyberbench.shared.i18n.LocalePreference;
import org.cyberbench.shared.i18n.Translations;

/**
 * The frame around every signed-in page. The navigation lists only the views the user's roles may
 * open (Vaadin filters {@code @Menu} entries by each view's access annotation).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(UserService userService, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        UserAccount me = userService.me();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, viewTitle, spacer, userMenu(me, userService, authentication));

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Scroller scroller = new Scroller(navigation());
        addToDrawer(brand, scroller);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(UserAccount me, UserService userService, AuthenticationContext authentication) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(me.fullName());
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-trigger");
        MenuItem root = bar.addItem(trigger);
        SubMenu menu = root.getSubMenu();
        menu.addItem(getTranslation("nav.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")))
                .setId("menu-profile");
        SubMenu languages = menu.addItem(getTranslation("nav.language")).getSubMenu();
        for (var locale : Translations.SUPPORTED) {
            MenuItem language = languages.addItem(LanguageSwitch.nativeName(locale), e -> {
                userService.changeMyLanguage(locale);
                LocalePreference.apply(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            language.setId("menu-language-" + locale.getLanguage());
            language.setCheckable(true);
            language.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        menu.addItem(getTranslation("nav.logout"), e -> authentication.logout()).setId("menu-logout");
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
