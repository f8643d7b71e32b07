package org.piu.targeting.matching.importer;

/** Progress of an import: called after each batch with rows read so far and entries indexed so far. */
@FunctionalInterface
public interface ImportProgress {
    void update(Stage stage, int rowsRead, int entriesIndexed);

    enum Stage {
        READING,
        INDEXING,
        SWAPPING,
        DONE
    }

    ImportProgress NONE = (stage, read, indexed) -> {};
}
