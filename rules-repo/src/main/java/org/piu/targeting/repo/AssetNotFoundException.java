package org.piu.targeting.repo;

/** The asset (or the revision of it) does not exist in the repository. */
public class AssetNotFoundException extends RulesRepositoryException {
    public AssetNotFoundException(String message) {
        super(message);
    }
}
