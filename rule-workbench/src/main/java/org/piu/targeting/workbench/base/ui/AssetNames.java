package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.Component;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;

/**
 * What users call each kind of asset, in their language: the repository's folder names ({@code rules/R-1}) are
 * never shown. The keys are {@code asset.<what>.<rule|list|scenario>}; each language has its own phrase per kind
 * (grammatical gender and case differ), so the phrases are whole, not assembled from a kind and an adjective.
 */
public final class AssetNames {

    private AssetNames() {}

    /** In a sentence: "rule", "named list", "scenario". */
    public static String singular(Component context, AssetKind kind) {
        return context.getTranslation("asset.kind." + key(kind));
    }

    /** A tab or a choice: "Rules", "Named lists", "Scenarios". */
    public static String plural(Component context, AssetKind kind) {
        return context.getTranslation("asset.kinds." + key(kind));
    }

    /** An asset in a sentence: "rule R-1". */
    public static String name(Component context, AssetKind kind, String id) {
        return context.getTranslation("asset.ref." + key(kind), id);
    }

    /** An asset as a heading: "Rule R-1". */
    public static String heading(Component context, AssetKind kind, String id) {
        return context.getTranslation("asset.heading." + key(kind), id);
    }

    /** The button and heading for a new asset: "New rule". */
    public static String newOne(Component context, AssetKind kind) {
        return context.getTranslation("asset.new." + key(kind));
    }

    /** An asset named by the repository ({@code rules/R-1}, as in audit records) as users call it. */
    public static String name(Component context, String repositoryName) {
        if (repositoryName == null || repositoryName.isBlank()) {
            return "";
        }
        try {
            AssetRef ref = AssetRef.parse(repositoryName);
            return name(context, ref.kind(), ref.id());
        } catch (IllegalArgumentException notAnAsset) {
            return repositoryName;
        }
    }

    private static String key(AssetKind kind) {
        return switch (kind) {
            case RULE -> "rule";
            case LIST -> "list";
            case SCENARIO -> "scenario";
        };
    }
}
