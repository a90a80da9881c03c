package org.huiying.routing.slip;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.huiying.routing.assignmentview.ViewDocuments;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The {@code case_posts} collection: each case's post, by case id; a resent post overwrites it with itself. */
@Repository
public class CasePosts {

    private final MongoCollection<Document> posts;

    public CasePosts(MongoDatabase serviceDatabase) {
        this.posts = serviceDatabase.getCollection("case_posts");
    }

    public void save(CasePost post) {
        posts.replaceOne(Filters.eq("_id", post.caseId()), ViewDocuments.toDocument(post.caseId(), post),
                new ReplaceOptions().upsert(true));
    }

    public Optional<CasePost> find(String caseId) {
        return Optional.ofNullable(posts.find(Filters.eq("_id", caseId)).first())
                .map(doc -> ViewDocuments.fromDocument(doc, CasePost.class));
    }
}
