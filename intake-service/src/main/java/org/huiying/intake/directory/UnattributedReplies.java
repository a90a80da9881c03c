package org.huiying.intake.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * {@code unattributed_replies}: per forum account that is not (yet) registered, the cases it replied in, so that a
 * registration arriving after the replies still credits them. Read and written by key only.
 */
@Repository
public class UnattributedReplies {

    private final MongoCollection<Document> replies;

    public UnattributedReplies(MongoDatabase serviceDatabase) {
        this.replies = serviceDatabase.getCollection("unattributed_replies");
    }

    public void remember(String source, String handle, String caseId) {
        replies.updateOne(Filters.eq("_id", RegisteredAccounts.key(source, handle)),
                Updates.addToSet("caseIds", caseId), new UpdateOptions().upsert(true));
    }

    public List<String> casesOf(String source, String handle) {
        Document doc = replies.find(Filters.eq("_id", RegisteredAccounts.key(source, handle))).first();
        return doc == null ? List.of() : doc.getList("caseIds", String.class, List.of());
    }

    public void forget(String source, String handle) {
        replies.deleteOne(Filters.eq("_id", RegisteredAccounts.key(source, handle)));
    }
}
