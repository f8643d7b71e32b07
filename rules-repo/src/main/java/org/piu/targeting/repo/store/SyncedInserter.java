package org.piu.targeting.repo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/** An inserter that remembers the loose-object folders it wrote to, so {@link #flush()} can fsync them. */
public final class SyncedInserter extends ObjectInserter.Filter {

    private final ObjectInserter delegate;
    private final ObjectDirectory objects;
    private final List<Path> folders = new ArrayList<>();

    public SyncedInserter(ObjectDirectory objects) {
        this.objects = objects;
        this.delegate = objects.newInserter();
    }

    @Override
    protected ObjectInserter delegate() {
        return delegate;
    }

    @Override
    public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
        ObjectId id = idFor(type, data, off, len);
        if (objects.has(id)) {
            return id; // already durable (e.g. a release re-using approved texts): nothing to write or sync
        }
        return remember(delegate.insert(type, data, off, len));
    }

    @Override
    public ObjectId insert(int type, long length, InputStream in) throws IOException {
        return remember(delegate.insert(type, length, in));
    }

    private ObjectId remember(ObjectId id) {
        folders.add(objects.fileFor(id).toPath().getParent());
        return id;
    }

    @Override
    public void flush() throws IOException {
        delegate.flush();
        DirectorySync.sync(folders);
        folders.clear();
    }
}
