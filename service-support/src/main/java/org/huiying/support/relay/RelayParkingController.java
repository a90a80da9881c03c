package org.huiying.support.relay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.domain.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** The office's view of the aggregates the relay parked (office only, see the shared access rules). */
@RestController
@Tag(name = "Relay 事件投递", description = "Aggregates whose events could not be delivered after retries")
public class RelayParkingController {

    private final ParkedAggregates parked;

    public RelayParkingController(ParkedAggregates parked) {
        this.parked = parked;
    }

    @GetMapping("/api/admin/relay/parked")
    @Operation(summary = "Parked aggregates 暂停投递的事件 (office)",
            description = "Each with the reason its events could not be delivered and since when.")
    public Mono<List<ParkedAggregates.Parked>> list() {
        return Mono.fromCallable(parked::list).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/api/admin/relay/parked/{aggregateId}/release")
    @Operation(summary = "Deliver a parked aggregate again 重新投递 (office)",
            description = "Once the cause is fixed: the aggregate is pending again and delivered from where it stopped.")
    public Mono<ResponseEntity<Void>> release(@PathVariable String aggregateId) {
        return Mono.fromCallable(() -> {
            if (!parked.release(aggregateId)) {
                throw new NotFoundException("No parked aggregate " + aggregateId);
            }
            return ResponseEntity.noContent().<Void>build();
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
