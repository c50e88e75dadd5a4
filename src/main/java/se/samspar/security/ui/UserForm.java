package se.samspar.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Rules;
import se.samspar.programme.Programme;
import se.samspar.security.AppUser;
import se.samspar.security.UserDraft;
import se.samspar.security.UserRules;
import se.samspar.base.ui.TextLimits;

/** A user's details, roles and programmes; for both new and existing users. */
class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField(getTranslation("user.username"));
    final TextField fullName = new TextField(getTranslation("user.full-name"));
    final EmailField email = new EmailField(getTranslation("user.email"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
    final MultiSelectComboBox<Programme> programmes = new MultiSelectComboBox<>(getTranslation("user.programmes"));

    private final Binder<Draft> binder = new Binder<>();
    private final FormErrors errors = new FormErrors();
    private final Map<Long, Programme> programmeById;
    private final Draft draft = new Draft();

    /** Mutable holder the binder writes into; turned into a {@link UserDraft} on save. */
    static final class Draft {
        String username = "";
        String fullName = "";
        String email = "";
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Programme> programmes = Set.of();
    }

    UserForm(List<Programme> allProgrammes, boolean isNew) {
        programmeById = allProgrammes.stream().collect(Collectors.toMap(Programme::getId, Function.identity()));
        username.setReadOnly(!isNew);
        username.setHelperText(getTranslation("user.username.help"));
        TextLimits.limit(username, AppUser.USERNAME_MAX);
        TextLimits.limit(fullName, AppUser.FULL_NAME_MAX);
        TextLimits.limit(email, AppUser.EMAIL_MAX);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        programmes.setItems(allProgrammes);
        programmes.setItemLabelGenerator(Programme::getName);
        programmes.setHelperText(getTranslation("user.programmes.help"));

        binder.forField(username).withValidator(Rules.of(UserRules::checkUsername))
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(fullName).withValidator(Rules.of(UserRules::checkFullName))
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);
        binder.forField(email).withValidator(Rules.of(UserRules::checkEmail))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(roles).withValidator(Rules.of(r -> r.isEmpty()
                        ? Optional.of("user.error.roles-required") : Optional.empty()))
                .bind(d -> d.roles, (d, v) -> d.roles = v);
        binder.forField(programmes).bind(d -> d.programmes, (d, v) -> d.programmes = v);

        errors.field("username", username).field("fullName", fullName).field("email", email)
                .field("roles", roles);
        getContent().add(username, fullName, email, roles, programmes);
    }

    void edit(UserDraft user) {
        draft.username = user.username();
        draft.fullName = user.fullName();
        draft.email = user.email() == null ? "" : user.email();
        draft.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        draft.programmes = user.programmeIds().stream().map(programmeById::get)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        binder.readBean(draft);
    }

    Optional<UserDraft> validatedDraft() {
        try {
            binder.writeBean(draft);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        return Optional.of(new UserDraft(draft.username, draft.fullName, draft.email, draft.roles,
                draft.programmes.stream().map(Programme::getId).collect(Collectors.toSet())));
    }

    void showError(InvalidInputException e) {
        errors.show(e);
    }
}
